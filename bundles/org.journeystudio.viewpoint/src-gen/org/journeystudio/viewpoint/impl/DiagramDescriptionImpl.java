/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.DiagramLayout;
import org.journeystudio.viewpoint.Filter;
import org.journeystudio.viewpoint.Layer;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram Description</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.impl.DiagramDescriptionImpl#getLayout <em>Layout</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.DiagramDescriptionImpl#getColumnsExpression <em>Columns Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.DiagramDescriptionImpl#getDefaultLayer <em>Default Layer</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.DiagramDescriptionImpl#getAdditionalLayers <em>Additional Layers</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.DiagramDescriptionImpl#getFilters <em>Filters</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagramDescriptionImpl extends RepresentationDescriptionImpl implements DiagramDescription {
	/**
	 * The default value of the '{@link #getLayout() <em>Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayout()
	 * @generated
	 * @ordered
	 */
	protected static final DiagramLayout LAYOUT_EDEFAULT = DiagramLayout.FREE;

	/**
	 * The cached value of the '{@link #getLayout() <em>Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayout()
	 * @generated
	 * @ordered
	 */
	protected DiagramLayout layout = LAYOUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getColumnsExpression() <em>Columns Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnsExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String COLUMNS_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColumnsExpression() <em>Columns Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnsExpression()
	 * @generated
	 * @ordered
	 */
	protected String columnsExpression = COLUMNS_EXPRESSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDefaultLayer() <em>Default Layer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultLayer()
	 * @generated
	 * @ordered
	 */
	protected Layer defaultLayer;

	/**
	 * The cached value of the '{@link #getAdditionalLayers() <em>Additional Layers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdditionalLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<Layer> additionalLayers;

	/**
	 * The cached value of the '{@link #getFilters() <em>Filters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<Filter> filters;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramDescriptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.DIAGRAM_DESCRIPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagramLayout getLayout() {
		return layout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayout(DiagramLayout newLayout) {
		DiagramLayout oldLayout = layout;
		layout = newLayout == null ? LAYOUT_EDEFAULT : newLayout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.DIAGRAM_DESCRIPTION__LAYOUT, oldLayout, layout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColumnsExpression() {
		return columnsExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumnsExpression(String newColumnsExpression) {
		String oldColumnsExpression = columnsExpression;
		columnsExpression = newColumnsExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.DIAGRAM_DESCRIPTION__COLUMNS_EXPRESSION, oldColumnsExpression, columnsExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Layer getDefaultLayer() {
		return defaultLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDefaultLayer(Layer newDefaultLayer, NotificationChain msgs) {
		Layer oldDefaultLayer = defaultLayer;
		defaultLayer = newDefaultLayer;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ViewpointPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER, oldDefaultLayer, newDefaultLayer);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultLayer(Layer newDefaultLayer) {
		if (newDefaultLayer != defaultLayer) {
			NotificationChain msgs = null;
			if (defaultLayer != null)
				msgs = ((InternalEObject)defaultLayer).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ViewpointPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER, null, msgs);
			if (newDefaultLayer != null)
				msgs = ((InternalEObject)newDefaultLayer).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ViewpointPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER, null, msgs);
			msgs = basicSetDefaultLayer(newDefaultLayer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER, newDefaultLayer, newDefaultLayer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Layer> getAdditionalLayers() {
		if (additionalLayers == null) {
			additionalLayers = new EObjectContainmentEList<Layer>(Layer.class, this, ViewpointPackage.DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS);
		}
		return additionalLayers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Filter> getFilters() {
		if (filters == null) {
			filters = new EObjectContainmentEList<Filter>(Filter.class, this, ViewpointPackage.DIAGRAM_DESCRIPTION__FILTERS);
		}
		return filters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ViewpointPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER:
				return basicSetDefaultLayer(null, msgs);
			case ViewpointPackage.DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS:
				return ((InternalEList<?>)getAdditionalLayers()).basicRemove(otherEnd, msgs);
			case ViewpointPackage.DIAGRAM_DESCRIPTION__FILTERS:
				return ((InternalEList<?>)getFilters()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ViewpointPackage.DIAGRAM_DESCRIPTION__LAYOUT:
				return getLayout();
			case ViewpointPackage.DIAGRAM_DESCRIPTION__COLUMNS_EXPRESSION:
				return getColumnsExpression();
			case ViewpointPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER:
				return getDefaultLayer();
			case ViewpointPackage.DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS:
				return getAdditionalLayers();
			case ViewpointPackage.DIAGRAM_DESCRIPTION__FILTERS:
				return getFilters();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ViewpointPackage.DIAGRAM_DESCRIPTION__LAYOUT:
				setLayout((DiagramLayout)newValue);
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__COLUMNS_EXPRESSION:
				setColumnsExpression((String)newValue);
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER:
				setDefaultLayer((Layer)newValue);
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS:
				getAdditionalLayers().clear();
				getAdditionalLayers().addAll((Collection<? extends Layer>)newValue);
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__FILTERS:
				getFilters().clear();
				getFilters().addAll((Collection<? extends Filter>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ViewpointPackage.DIAGRAM_DESCRIPTION__LAYOUT:
				setLayout(LAYOUT_EDEFAULT);
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__COLUMNS_EXPRESSION:
				setColumnsExpression(COLUMNS_EXPRESSION_EDEFAULT);
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER:
				setDefaultLayer((Layer)null);
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS:
				getAdditionalLayers().clear();
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__FILTERS:
				getFilters().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ViewpointPackage.DIAGRAM_DESCRIPTION__LAYOUT:
				return layout != LAYOUT_EDEFAULT;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__COLUMNS_EXPRESSION:
				return COLUMNS_EXPRESSION_EDEFAULT == null ? columnsExpression != null : !COLUMNS_EXPRESSION_EDEFAULT.equals(columnsExpression);
			case ViewpointPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER:
				return defaultLayer != null;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS:
				return additionalLayers != null && !additionalLayers.isEmpty();
			case ViewpointPackage.DIAGRAM_DESCRIPTION__FILTERS:
				return filters != null && !filters.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (layout: ");
		result.append(layout);
		result.append(", columnsExpression: ");
		result.append(columnsExpression);
		result.append(')');
		return result.toString();
	}

} //DiagramDescriptionImpl
