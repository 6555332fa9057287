/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.representation.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.journeystudio.viewpoint.representation.Column;
import org.journeystudio.viewpoint.representation.ColumnState;
import org.journeystudio.viewpoint.representation.Line;
import org.journeystudio.viewpoint.representation.RepresentationPackage;
import org.journeystudio.viewpoint.representation.Table;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Table</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.TableImpl#getSortColumn <em>Sort Column</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.TableImpl#isSortDescending <em>Sort Descending</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.TableImpl#getColumnStates <em>Column States</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.TableImpl#getColumns <em>Columns</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.TableImpl#getLines <em>Lines</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TableImpl extends RepresentationImpl implements Table {
	/**
	 * The default value of the '{@link #getSortColumn() <em>Sort Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSortColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String SORT_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSortColumn() <em>Sort Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSortColumn()
	 * @generated
	 * @ordered
	 */
	protected String sortColumn = SORT_COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #isSortDescending() <em>Sort Descending</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSortDescending()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SORT_DESCENDING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSortDescending() <em>Sort Descending</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSortDescending()
	 * @generated
	 * @ordered
	 */
	protected boolean sortDescending = SORT_DESCENDING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getColumnStates() <em>Column States</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnStates()
	 * @generated
	 * @ordered
	 */
	protected EList<ColumnState> columnStates;

	/**
	 * The cached value of the '{@link #getColumns() <em>Columns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumns()
	 * @generated
	 * @ordered
	 */
	protected EList<Column> columns;

	/**
	 * The cached value of the '{@link #getLines() <em>Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLines()
	 * @generated
	 * @ordered
	 */
	protected EList<Line> lines;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RepresentationPackage.Literals.TABLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSortColumn() {
		return sortColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSortColumn(String newSortColumn) {
		String oldSortColumn = sortColumn;
		sortColumn = newSortColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.TABLE__SORT_COLUMN, oldSortColumn, sortColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSortDescending() {
		return sortDescending;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSortDescending(boolean newSortDescending) {
		boolean oldSortDescending = sortDescending;
		sortDescending = newSortDescending;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.TABLE__SORT_DESCENDING, oldSortDescending, sortDescending));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ColumnState> getColumnStates() {
		if (columnStates == null) {
			columnStates = new EObjectContainmentEList<ColumnState>(ColumnState.class, this, RepresentationPackage.TABLE__COLUMN_STATES);
		}
		return columnStates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Column> getColumns() {
		if (columns == null) {
			columns = new EObjectContainmentEList<Column>(Column.class, this, RepresentationPackage.TABLE__COLUMNS);
		}
		return columns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Line> getLines() {
		if (lines == null) {
			lines = new EObjectContainmentEList<Line>(Line.class, this, RepresentationPackage.TABLE__LINES);
		}
		return lines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RepresentationPackage.TABLE__COLUMN_STATES:
				return ((InternalEList<?>)getColumnStates()).basicRemove(otherEnd, msgs);
			case RepresentationPackage.TABLE__COLUMNS:
				return ((InternalEList<?>)getColumns()).basicRemove(otherEnd, msgs);
			case RepresentationPackage.TABLE__LINES:
				return ((InternalEList<?>)getLines()).basicRemove(otherEnd, msgs);
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
			case RepresentationPackage.TABLE__SORT_COLUMN:
				return getSortColumn();
			case RepresentationPackage.TABLE__SORT_DESCENDING:
				return isSortDescending();
			case RepresentationPackage.TABLE__COLUMN_STATES:
				return getColumnStates();
			case RepresentationPackage.TABLE__COLUMNS:
				return getColumns();
			case RepresentationPackage.TABLE__LINES:
				return getLines();
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
			case RepresentationPackage.TABLE__SORT_COLUMN:
				setSortColumn((String)newValue);
				return;
			case RepresentationPackage.TABLE__SORT_DESCENDING:
				setSortDescending((Boolean)newValue);
				return;
			case RepresentationPackage.TABLE__COLUMN_STATES:
				getColumnStates().clear();
				getColumnStates().addAll((Collection<? extends ColumnState>)newValue);
				return;
			case RepresentationPackage.TABLE__COLUMNS:
				getColumns().clear();
				getColumns().addAll((Collection<? extends Column>)newValue);
				return;
			case RepresentationPackage.TABLE__LINES:
				getLines().clear();
				getLines().addAll((Collection<? extends Line>)newValue);
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
			case RepresentationPackage.TABLE__SORT_COLUMN:
				setSortColumn(SORT_COLUMN_EDEFAULT);
				return;
			case RepresentationPackage.TABLE__SORT_DESCENDING:
				setSortDescending(SORT_DESCENDING_EDEFAULT);
				return;
			case RepresentationPackage.TABLE__COLUMN_STATES:
				getColumnStates().clear();
				return;
			case RepresentationPackage.TABLE__COLUMNS:
				getColumns().clear();
				return;
			case RepresentationPackage.TABLE__LINES:
				getLines().clear();
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
			case RepresentationPackage.TABLE__SORT_COLUMN:
				return SORT_COLUMN_EDEFAULT == null ? sortColumn != null : !SORT_COLUMN_EDEFAULT.equals(sortColumn);
			case RepresentationPackage.TABLE__SORT_DESCENDING:
				return sortDescending != SORT_DESCENDING_EDEFAULT;
			case RepresentationPackage.TABLE__COLUMN_STATES:
				return columnStates != null && !columnStates.isEmpty();
			case RepresentationPackage.TABLE__COLUMNS:
				return columns != null && !columns.isEmpty();
			case RepresentationPackage.TABLE__LINES:
				return lines != null && !lines.isEmpty();
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
		result.append(" (sortColumn: ");
		result.append(sortColumn);
		result.append(", sortDescending: ");
		result.append(sortDescending);
		result.append(')');
		return result.toString();
	}

} //TableImpl
