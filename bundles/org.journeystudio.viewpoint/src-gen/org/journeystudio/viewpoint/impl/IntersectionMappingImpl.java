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

import org.journeystudio.viewpoint.CellStyle;
import org.journeystudio.viewpoint.ConditionalCellStyle;
import org.journeystudio.viewpoint.DirectEditTool;
import org.journeystudio.viewpoint.ElementColumnMapping;
import org.journeystudio.viewpoint.IntersectionMapping;
import org.journeystudio.viewpoint.LineMapping;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Intersection Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.impl.IntersectionMappingImpl#getLineMapping <em>Line Mapping</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.IntersectionMappingImpl#getColumnMapping <em>Column Mapping</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.IntersectionMappingImpl#getLabelExpression <em>Label Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.IntersectionMappingImpl#getPrecondition <em>Precondition</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.IntersectionMappingImpl#getCellEditor <em>Cell Editor</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.IntersectionMappingImpl#getStyle <em>Style</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.IntersectionMappingImpl#getConditionalStyles <em>Conditional Styles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IntersectionMappingImpl extends IdentifiedElementImpl implements IntersectionMapping {
	/**
	 * The cached value of the '{@link #getLineMapping() <em>Line Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineMapping()
	 * @generated
	 * @ordered
	 */
	protected LineMapping lineMapping;

	/**
	 * The cached value of the '{@link #getColumnMapping() <em>Column Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnMapping()
	 * @generated
	 * @ordered
	 */
	protected ElementColumnMapping columnMapping;

	/**
	 * The default value of the '{@link #getLabelExpression() <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelExpression() <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelExpression()
	 * @generated
	 * @ordered
	 */
	protected String labelExpression = LABEL_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrecondition() <em>Precondition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecondition()
	 * @generated
	 * @ordered
	 */
	protected static final String PRECONDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrecondition() <em>Precondition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecondition()
	 * @generated
	 * @ordered
	 */
	protected String precondition = PRECONDITION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCellEditor() <em>Cell Editor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCellEditor()
	 * @generated
	 * @ordered
	 */
	protected DirectEditTool cellEditor;

	/**
	 * The cached value of the '{@link #getStyle() <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyle()
	 * @generated
	 * @ordered
	 */
	protected CellStyle style;

	/**
	 * The cached value of the '{@link #getConditionalStyles() <em>Conditional Styles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionalStyles()
	 * @generated
	 * @ordered
	 */
	protected EList<ConditionalCellStyle> conditionalStyles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IntersectionMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.INTERSECTION_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LineMapping getLineMapping() {
		if (lineMapping != null && lineMapping.eIsProxy()) {
			InternalEObject oldLineMapping = (InternalEObject)lineMapping;
			lineMapping = (LineMapping)eResolveProxy(oldLineMapping);
			if (lineMapping != oldLineMapping) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ViewpointPackage.INTERSECTION_MAPPING__LINE_MAPPING, oldLineMapping, lineMapping));
			}
		}
		return lineMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LineMapping basicGetLineMapping() {
		return lineMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineMapping(LineMapping newLineMapping) {
		LineMapping oldLineMapping = lineMapping;
		lineMapping = newLineMapping;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.INTERSECTION_MAPPING__LINE_MAPPING, oldLineMapping, lineMapping));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ElementColumnMapping getColumnMapping() {
		if (columnMapping != null && columnMapping.eIsProxy()) {
			InternalEObject oldColumnMapping = (InternalEObject)columnMapping;
			columnMapping = (ElementColumnMapping)eResolveProxy(oldColumnMapping);
			if (columnMapping != oldColumnMapping) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ViewpointPackage.INTERSECTION_MAPPING__COLUMN_MAPPING, oldColumnMapping, columnMapping));
			}
		}
		return columnMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ElementColumnMapping basicGetColumnMapping() {
		return columnMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumnMapping(ElementColumnMapping newColumnMapping) {
		ElementColumnMapping oldColumnMapping = columnMapping;
		columnMapping = newColumnMapping;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.INTERSECTION_MAPPING__COLUMN_MAPPING, oldColumnMapping, columnMapping));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelExpression() {
		return labelExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelExpression(String newLabelExpression) {
		String oldLabelExpression = labelExpression;
		labelExpression = newLabelExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.INTERSECTION_MAPPING__LABEL_EXPRESSION, oldLabelExpression, labelExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrecondition() {
		return precondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrecondition(String newPrecondition) {
		String oldPrecondition = precondition;
		precondition = newPrecondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.INTERSECTION_MAPPING__PRECONDITION, oldPrecondition, precondition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DirectEditTool getCellEditor() {
		return cellEditor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCellEditor(DirectEditTool newCellEditor, NotificationChain msgs) {
		DirectEditTool oldCellEditor = cellEditor;
		cellEditor = newCellEditor;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ViewpointPackage.INTERSECTION_MAPPING__CELL_EDITOR, oldCellEditor, newCellEditor);
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
	public void setCellEditor(DirectEditTool newCellEditor) {
		if (newCellEditor != cellEditor) {
			NotificationChain msgs = null;
			if (cellEditor != null)
				msgs = ((InternalEObject)cellEditor).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ViewpointPackage.INTERSECTION_MAPPING__CELL_EDITOR, null, msgs);
			if (newCellEditor != null)
				msgs = ((InternalEObject)newCellEditor).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ViewpointPackage.INTERSECTION_MAPPING__CELL_EDITOR, null, msgs);
			msgs = basicSetCellEditor(newCellEditor, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.INTERSECTION_MAPPING__CELL_EDITOR, newCellEditor, newCellEditor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CellStyle getStyle() {
		return style;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStyle(CellStyle newStyle, NotificationChain msgs) {
		CellStyle oldStyle = style;
		style = newStyle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ViewpointPackage.INTERSECTION_MAPPING__STYLE, oldStyle, newStyle);
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
	public void setStyle(CellStyle newStyle) {
		if (newStyle != style) {
			NotificationChain msgs = null;
			if (style != null)
				msgs = ((InternalEObject)style).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ViewpointPackage.INTERSECTION_MAPPING__STYLE, null, msgs);
			if (newStyle != null)
				msgs = ((InternalEObject)newStyle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ViewpointPackage.INTERSECTION_MAPPING__STYLE, null, msgs);
			msgs = basicSetStyle(newStyle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.INTERSECTION_MAPPING__STYLE, newStyle, newStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConditionalCellStyle> getConditionalStyles() {
		if (conditionalStyles == null) {
			conditionalStyles = new EObjectContainmentEList<ConditionalCellStyle>(ConditionalCellStyle.class, this, ViewpointPackage.INTERSECTION_MAPPING__CONDITIONAL_STYLES);
		}
		return conditionalStyles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ViewpointPackage.INTERSECTION_MAPPING__CELL_EDITOR:
				return basicSetCellEditor(null, msgs);
			case ViewpointPackage.INTERSECTION_MAPPING__STYLE:
				return basicSetStyle(null, msgs);
			case ViewpointPackage.INTERSECTION_MAPPING__CONDITIONAL_STYLES:
				return ((InternalEList<?>)getConditionalStyles()).basicRemove(otherEnd, msgs);
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
			case ViewpointPackage.INTERSECTION_MAPPING__LINE_MAPPING:
				if (resolve) return getLineMapping();
				return basicGetLineMapping();
			case ViewpointPackage.INTERSECTION_MAPPING__COLUMN_MAPPING:
				if (resolve) return getColumnMapping();
				return basicGetColumnMapping();
			case ViewpointPackage.INTERSECTION_MAPPING__LABEL_EXPRESSION:
				return getLabelExpression();
			case ViewpointPackage.INTERSECTION_MAPPING__PRECONDITION:
				return getPrecondition();
			case ViewpointPackage.INTERSECTION_MAPPING__CELL_EDITOR:
				return getCellEditor();
			case ViewpointPackage.INTERSECTION_MAPPING__STYLE:
				return getStyle();
			case ViewpointPackage.INTERSECTION_MAPPING__CONDITIONAL_STYLES:
				return getConditionalStyles();
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
			case ViewpointPackage.INTERSECTION_MAPPING__LINE_MAPPING:
				setLineMapping((LineMapping)newValue);
				return;
			case ViewpointPackage.INTERSECTION_MAPPING__COLUMN_MAPPING:
				setColumnMapping((ElementColumnMapping)newValue);
				return;
			case ViewpointPackage.INTERSECTION_MAPPING__LABEL_EXPRESSION:
				setLabelExpression((String)newValue);
				return;
			case ViewpointPackage.INTERSECTION_MAPPING__PRECONDITION:
				setPrecondition((String)newValue);
				return;
			case ViewpointPackage.INTERSECTION_MAPPING__CELL_EDITOR:
				setCellEditor((DirectEditTool)newValue);
				return;
			case ViewpointPackage.INTERSECTION_MAPPING__STYLE:
				setStyle((CellStyle)newValue);
				return;
			case ViewpointPackage.INTERSECTION_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
				getConditionalStyles().addAll((Collection<? extends ConditionalCellStyle>)newValue);
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
			case ViewpointPackage.INTERSECTION_MAPPING__LINE_MAPPING:
				setLineMapping((LineMapping)null);
				return;
			case ViewpointPackage.INTERSECTION_MAPPING__COLUMN_MAPPING:
				setColumnMapping((ElementColumnMapping)null);
				return;
			case ViewpointPackage.INTERSECTION_MAPPING__LABEL_EXPRESSION:
				setLabelExpression(LABEL_EXPRESSION_EDEFAULT);
				return;
			case ViewpointPackage.INTERSECTION_MAPPING__PRECONDITION:
				setPrecondition(PRECONDITION_EDEFAULT);
				return;
			case ViewpointPackage.INTERSECTION_MAPPING__CELL_EDITOR:
				setCellEditor((DirectEditTool)null);
				return;
			case ViewpointPackage.INTERSECTION_MAPPING__STYLE:
				setStyle((CellStyle)null);
				return;
			case ViewpointPackage.INTERSECTION_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
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
			case ViewpointPackage.INTERSECTION_MAPPING__LINE_MAPPING:
				return lineMapping != null;
			case ViewpointPackage.INTERSECTION_MAPPING__COLUMN_MAPPING:
				return columnMapping != null;
			case ViewpointPackage.INTERSECTION_MAPPING__LABEL_EXPRESSION:
				return LABEL_EXPRESSION_EDEFAULT == null ? labelExpression != null : !LABEL_EXPRESSION_EDEFAULT.equals(labelExpression);
			case ViewpointPackage.INTERSECTION_MAPPING__PRECONDITION:
				return PRECONDITION_EDEFAULT == null ? precondition != null : !PRECONDITION_EDEFAULT.equals(precondition);
			case ViewpointPackage.INTERSECTION_MAPPING__CELL_EDITOR:
				return cellEditor != null;
			case ViewpointPackage.INTERSECTION_MAPPING__STYLE:
				return style != null;
			case ViewpointPackage.INTERSECTION_MAPPING__CONDITIONAL_STYLES:
				return conditionalStyles != null && !conditionalStyles.isEmpty();
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
		result.append(" (labelExpression: ");
		result.append(labelExpression);
		result.append(", precondition: ");
		result.append(precondition);
		result.append(')');
		return result.toString();
	}

} //IntersectionMappingImpl
