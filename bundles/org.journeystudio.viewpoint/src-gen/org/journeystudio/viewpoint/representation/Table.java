/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.representation;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Table</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An edition or cross table: stored column widths and sort, plus the computed lines, columns and cells.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.representation.Table#getSortColumn <em>Sort Column</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Table#isSortDescending <em>Sort Descending</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Table#getColumnStates <em>Column States</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Table#getColumns <em>Columns</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Table#getLines <em>Lines</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getTable()
 * @model
 * @generated
 */
public interface Table extends Representation {
	/**
	 * Returns the value of the '<em><b>Sort Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column the lines are sorted by; document order when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sort Column</em>' attribute.
	 * @see #setSortColumn(String)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getTable_SortColumn()
	 * @model
	 * @generated
	 */
	String getSortColumn();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Table#getSortColumn <em>Sort Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sort Column</em>' attribute.
	 * @see #getSortColumn()
	 * @generated
	 */
	void setSortColumn(String value);

	/**
	 * Returns the value of the '<em><b>Sort Descending</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sort Descending</em>' attribute.
	 * @see #setSortDescending(boolean)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getTable_SortDescending()
	 * @model
	 * @generated
	 */
	boolean isSortDescending();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Table#isSortDescending <em>Sort Descending</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sort Descending</em>' attribute.
	 * @see #isSortDescending()
	 * @generated
	 */
	void setSortDescending(boolean value);

	/**
	 * Returns the value of the '<em><b>Column States</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.representation.ColumnState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column States</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getTable_ColumnStates()
	 * @model containment="true"
	 * @generated
	 */
	EList<ColumnState> getColumnStates();

	/**
	 * Returns the value of the '<em><b>Columns</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.representation.Column}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Columns</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getTable_Columns()
	 * @model containment="true" transient="true"
	 * @generated
	 */
	EList<Column> getColumns();

	/**
	 * Returns the value of the '<em><b>Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.representation.Line}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lines</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getTable_Lines()
	 * @model containment="true" transient="true"
	 * @generated
	 */
	EList<Line> getLines();

} // Table
